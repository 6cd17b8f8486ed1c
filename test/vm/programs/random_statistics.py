import random
import statistics
import math

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)], random.randrange(0, 1000, 7), random.getrandbits(70))
xs = list(range(20)); random.shuffle(xs); print(xs)
print(random.choice("abcdefg"), random.sample(range(100), 5), random.choices("abc", weights=[1, 5, 10], k=8))
print([round(random.gauss(0, 1), 12) for _ in range(4)])
print([random.uniform(1, 2) for _ in range(2)], random.expovariate(2.0), random.normalvariate(10, 2))
print(random.triangular(0, 10, 3), random.betavariate(2, 5), random.gammavariate(2.5, 1.0), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1.0, 2.0), random.paretovariate(3), random.weibullvariate(1, 1.5))
r2 = random.Random("seed-string"); print(r2.random(), r2.randint(0, 10 ** 20))
r3 = random.Random(2 ** 100 + 7); print(r3.random())
state = random.getstate(); a = random.random(); random.setstate(state); print(a == random.random())
data = [random.gauss(50, 10) for _ in range(200)]
print(round(statistics.mean(data), 9), round(statistics.median(data), 9), round(statistics.stdev(data), 9), round(statistics.pvariance(data), 6))
print(statistics.mode([1, 2, 2, 3]), statistics.median([1, 3, 2, 4]), statistics.fmean([1, 2, 3.5]), statistics.geometric_mean([1, 4, 16]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), statistics.harmonic_mean([1, 2, 4]), statistics.multimode("aabbc"))
print(math.exp(1.5), math.log(7.3), math.sin(2.2), math.cos(-4.1), math.tan(0.7), math.atan2(1.3, -2.7), 1.7 ** 3.3, 2 ** 0.5, 10 ** -0.5)
print([math.exp(i / 7) for i in range(-5, 6)])
print([round(math.sin(i) * 1e6) for i in range(20)], sum(math.sqrt(i) for i in range(1000)))
