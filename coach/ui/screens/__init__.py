"""The simpler screens: Home, Settings, the erase dialog and the region question."""
