"""Panels that more than one page shows ("ask the model what if", issue 12): head knock-out,
multi-head assembled, minimal pairs. Each module declares its view parameters once per page
(the pages' own keys) and draws from results computed by `models.lessons`."""
