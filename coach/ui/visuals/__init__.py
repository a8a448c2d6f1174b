"""Small picture widgets that take plain data (a fraction, a list of days, a list of
scores) and draw it in the design system's colours."""
