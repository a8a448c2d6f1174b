"""Building blocks every screen uses: the main window, theme, scroll areas, layouts,
buttons, the figure view, the pain scale, check-box rows, keys and the precise timer."""
