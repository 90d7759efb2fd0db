"""Database services used by the conversation engine and staff code."""
