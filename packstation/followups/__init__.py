"""Follow-up messages: the rules that match what was packed, the outbox, the dispatcher."""
