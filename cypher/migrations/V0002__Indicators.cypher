// District statistics per year (INKAR indicators, commuting totals) and the indicator codebook.
CREATE CONSTRAINT indicator_values_id IF NOT EXISTS FOR (n:IndicatorValues) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_name IF NOT EXISTS FOR (n:Indicator) REQUIRE n.name IS UNIQUE;
CREATE INDEX indicator_values_year IF NOT EXISTS FOR (n:IndicatorValues) ON (n.year);
