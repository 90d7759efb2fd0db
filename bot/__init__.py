"""laborbot: chat assistant for labour-relations public service centres."""
