"""The check-in and the questions before a session: question pages, checklists, the
outcome and the routine picker."""
