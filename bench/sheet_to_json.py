# The script a researcher would write instead of using the app: read the sheet, turn each row into
# a dict, dump the list as JSON in one go (json.dumps + one write, the fast form). No validation.
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as sheet:
    rows = list(csv.DictReader(sheet))
text = json.dumps(rows, ensure_ascii=False)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(text)
