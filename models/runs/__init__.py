"""Training runs started from the app: their folders on disk (`store`), the server's queue
(`queue`) and what a worker process does (`worker`)."""
