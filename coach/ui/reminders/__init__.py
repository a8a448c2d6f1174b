"""Reaching the person with the window closed: background mode and tray, desktop
notifications over D-Bus, the reminder runner and its settings, autostart, one
instance."""
