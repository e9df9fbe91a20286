"""Site generation: Markdown from the register and site_templates/, then mkdocs builds the two sites."""
