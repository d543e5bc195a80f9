"""Rules and plain data of the order desk: pure Python, no Qt, no database, no clock."""
