"""Rehab Coach's design system: palette, type scale, spacing, style sheet and icons.

Every colour and size the screens use comes from here (``tests/test_design.py``
checks that no other module under ``coach/ui`` spells a hex colour or a pixel size).
"""
