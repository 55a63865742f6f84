"""Academic credit as the FHEQ counts it: plain numbers the pages and the demo loader share."""

# One credit stands for ten notional hours of study (most of it independent): study time, not
# CPD hours, so it is shown beside them and never added to them.
NOTIONAL_HOURS_PER_CREDIT = 10
