"""Situation analysis (研判): figures aggregated in SQL, and their XLSX export.
May import: storage, sqlalchemy, xlsxwriter, bot.staff, bot.clock."""
