# Independent reference values for ErlangReferenceTest ("mpmath" rows). Python 3 + mpmath 1.3.0:
#   python3 erlang_reference.py
# Erlang B by the recurrence at 60 digits; Erlang C from it; Erlang A from the explicit stationary
# distribution, SL(T) state by state with the regularized incomplete beta (not the engine's shifted series).
from mpmath import mp, mpf, exp, betainc, quad, inf, log
mp.dps = 60
def B(N, A):
    A = mpf(A); b = mpf(1)
    for n in range(1, N+1):
        b = A*b/(n + A*b)
    return b
def C(N, A):
    A = mpf(A); b = B(N, A)
    return N*b/(N - A*(1-b))
def erlc(N, A, aht, T):
    c = C(N, A); A = mpf(A)
    return c, 1 - c*exp(-(N-A)*mpf(T)/aht), c*aht/(N-A)
def erla(N, A, aht, pat, T):
    # independent route: explicit stationary distribution + per-state incomplete beta
    A = mpf(A); aht = mpf(aht); pat = mpf(pat); T = mpf(T)
    mu = 1/aht; th = 1/pat; lam = A*mu
    b = B(N, A)
    below = 1/b - 1           # sum_{n<N} pi(n)/pi(N)
    ps = []; p = mpf(1); k = 0; S = mpf(0)
    while True:
        ps.append(p); S += p
        p = p*lam/(N*mu + (k+1)*th); k += 1
        if p < S*mpf(10)**-40 and lam < N*mu + k*th: break
    piN = 1/(below + S)
    Pw = piN*S
    EQ = piN*sum(k*pk for k, pk in enumerate(ps))
    Pab = th*EQ/lam
    alpha = N*mu/th
    x = 1 - exp(-th*T)
    served_T = sum(pk*alpha/(alpha+k+1)*betainc(k+1, alpha+1, 0, x, regularized=True) for k, pk in enumerate(ps))
    SL = (1 - Pw) + piN*served_T
    # ASA: E[V_k e^{-th V_k}] = s_k * sum_{i<=k} 1/(N mu + (i+1) th)
    Ew = mpf(0); h = mpf(0)
    for k, pk in enumerate(ps):
        h += 1/(N*mu + (k+1)*th)
        Ew += pk*(N*mu/(N*mu + (k+1)*th))*h
    asa = piN*Ew/(1 - Pab)
    occ = lam*(1-Pab)*aht/N
    return Pw, Pab, SL, asa, EQ/lam, occ

print("B", [mp.nstr(B(N, A), 17) for N, A in [(1,1),(2,1),(1000,1000),(1050,1000),(5100,5000),(10000,10000),(10200,10000),(20,0.01),(3,0.01)]])
for N, A, aht, T in [(1030,1000,180,20),(1050,1000,180,20),(5060,5000,240,20),(10100,10000,300,15),(10050,10000,300,15)]:
    print("C", N, A, aht, T, [mp.nstr(v, 17) for v in erlc(N, A, aht, T)])
print("A", [mp.nstr(v, 17) for v in erla(14, 10, 180, 300, 20)])
print("A", [mp.nstr(v, 17) for v in erla(13, 10, 180, 300, 20)])
mp.dps = 40
import time
for args in [(1,0.01,180,60,20),(2,1,300,120,30),(1020,1000,180,120,20),(990,1000,180,300,20),(10000,10000,300,60,15),(9900,10000,300,600,15),(10100,10000,300,100000,15)]:
    t=time.time()
    r = erla(*args)
    print("A", args, [mp.nstr(v, 17) for v in r], round(time.time()-t,1))
