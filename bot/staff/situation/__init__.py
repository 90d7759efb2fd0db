"""Situation analysis (研判): figures aggregated in SQL, and their XLSX export."""
