"""Companies (issue 17, "core/ by feature"): registration and settings, the tenancy scope every
company-scoped operation resolves, members, invitations, the taxpayer's authorisation, and each
company's catalogue (saved buyers and products)."""
