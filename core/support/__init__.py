"""Support (the help centre's human side): tickets, feedback, announcements and the maintenance window."""
