-- Stable layout: the last drawn position of each entity, so a view redrawn later keeps its shape.
CREATE TABLE positions (entity_id TEXT PRIMARY KEY, x DOUBLE PRECISION, y DOUBLE PRECISION);
