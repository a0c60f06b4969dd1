"""The public pages are HTML and files: no JSON schema."""
