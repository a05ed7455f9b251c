"""Credit lines and caption lines: who made a picture, who supplied it, who passed it on."""
