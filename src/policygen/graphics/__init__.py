"""Drawing the privacy labels: pictogram masters composed into SVG, PNG and PDF files."""
