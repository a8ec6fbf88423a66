"""The Enquiries tab."""
