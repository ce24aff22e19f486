"""The "ask the model what if" lessons (issue 12), as panels the pages place: head knock-out,
multi-head assembled, minimal pairs, forced decoding and teacher forcing (what_if), the beam
search as a tree (beam_search), attention vs attribution. Each module declares its view parameters once per page
(the pages' own keys) and draws from results computed by `models.lessons`."""
