"""Start-up and wiring: the staged launch, the shell, the one module that connects
screens, flow, engine, store and speech, and the adapters between them."""
