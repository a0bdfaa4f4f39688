-- How precise a document's date is (day, month, year…), set by the date finder.
ALTER TABLE documents ADD COLUMN date_precision TEXT;
