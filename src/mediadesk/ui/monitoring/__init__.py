"""The Monitoring tab: TweetDeck-style columns over feeds."""
