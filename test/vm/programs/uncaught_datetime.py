from datetime import date, timedelta

def next_day(y, m, d):
    return date(y, m, d) + timedelta(days=1)

print(next_day(2024, 2, 28))
print(next_day(2023, 2, 29))
