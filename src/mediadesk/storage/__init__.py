"""The encrypted SQLCipher profile: opening, migrations, repositories, audit."""
