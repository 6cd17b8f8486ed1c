import re
print(re.sub(r'\d', lambda m: str(int(m.group()) // 0), 'a1'))
