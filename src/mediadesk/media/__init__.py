"""Photo pipeline on QtGui images: orient, resize, re-encode and strip all metadata."""
