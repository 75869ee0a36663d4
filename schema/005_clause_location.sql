-- 005: where in its document a clause stands, beyond its line of the document's text: "page 3,
-- line 14" in a PDF, "paragraph 41" in a Word document, an element's path in a web page. NULL
-- for plain text, where the line is the place.
ALTER TABLE clause ADD COLUMN location TEXT;
