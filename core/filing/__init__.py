"""Tax filing (申报): prepare a return from our records, submit it to the bureau, follow its
status, pay; the VAT/CIT figures (compute, sources), the status board, the filing profile and the
deadline reminders. See docs/filing.md."""
