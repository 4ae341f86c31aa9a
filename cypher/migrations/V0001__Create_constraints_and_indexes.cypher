// Business keys of the core graph model: one node per key.
CREATE CONSTRAINT state_code IF NOT EXISTS FOR (n:State) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT district_ags IF NOT EXISTS FOR (n:District) REQUIRE n.ags IS UNIQUE;
CREATE CONSTRAINT occupation_code IF NOT EXISTS FOR (n:Occupation) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT good_practice_id IF NOT EXISTS FOR (n:GoodPractice) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT strategy_name IF NOT EXISTS FOR (n:Strategy) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT target_group_name IF NOT EXISTS FOR (n:TargetGroup) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT action_field_name IF NOT EXISTS FOR (n:ActionField) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT project_type_name IF NOT EXISTS FOR (n:ProjectType) REQUIRE n.name IS UNIQUE;

// Filters and sort orders of the API.
CREATE INDEX district_name IF NOT EXISTS FOR (n:District) ON (n.name);
CREATE INDEX district_type IF NOT EXISTS FOR (n:District) ON (n.type);
CREATE INDEX occupation_level IF NOT EXISTS FOR (n:Occupation) ON (n.level);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX network_name IF NOT EXISTS FOR (n:Network) ON (n.name);
CREATE INDEX good_practice_title IF NOT EXISTS FOR (n:GoodPractice) ON (n.title);
CREATE INDEX good_practice_level IF NOT EXISTS FOR (n:GoodPractice) ON (n.spatialLevel);

// Free-text search over what people type: names, titles and descriptions. The content is German.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Actor|Network|GoodPractice|District|Occupation) ON EACH [n.name, n.title, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'german'}};
