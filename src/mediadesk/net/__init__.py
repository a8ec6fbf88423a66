"""Network access: one httpx client factory and one module per platform."""
