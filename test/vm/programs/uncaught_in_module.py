import helpers
records = ["ann, 30", "bob,thirty"]
for r in records:
    print(helpers.parse_record(r))
