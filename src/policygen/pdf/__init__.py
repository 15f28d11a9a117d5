"""PDFs made from print pages of the site's own templates, laid out and tagged by WeasyPrint."""
