// Strategy processes (workshops, working groups, measures) and exchange meetings: one node per id.
CREATE CONSTRAINT strategy_process_id IF NOT EXISTS FOR (n:StrategyProcess) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT workshop_id IF NOT EXISTS FOR (n:Workshop) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT working_group_id IF NOT EXISTS FOR (n:WorkingGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;

// Filter of the API: measures by status. (No index on Meeting.date: with it, Neo4j 5.26 fails to
// plan the page of meetings filtered and sorted by date, "insertCachedProperties".)
CREATE INDEX measure_status IF NOT EXISTS FOR (n:Measure) ON (n.status);
