"""One module per station: desk, room, print, display, setup."""
