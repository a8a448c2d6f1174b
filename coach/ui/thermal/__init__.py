"""The ice and heat timer: its screen and its controller."""
