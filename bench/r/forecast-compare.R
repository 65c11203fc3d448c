#!/usr/bin/env Rscript
# Out-of-sample WAPE of R's forecast package (Hyndman et al.) on the split used by
# org.switchboard.bench.forecast.ForecastAccuracyReport, for docs/performance.md "Forecasting".
#
# Usage: Rscript bench/r/forecast-compare.R HISTORY.csv TEST_START [NAME [MODELS]]
#   HISTORY.csv  timestamp,volume (ISO local interval starts, every interval listed; finer rows are summed
#                to 30 minutes)
#   TEST_START   first origin (a date); origins every 7 days from it, each forecasting 7 days (cut at the end
#                of the data) from all the data before it
#   MODELS       comma-separated subset of the models below (default: all, tbats last as it is the slowest)
# Models (each forecast clipped at 0):
#   snaive      same half-hour one week earlier (checks that the split matches the Java report)
#   stlf        STL decomposition with the weekly period (336) + ETS of the seasonally adjusted series
#   mstl        MSTL with daily (48) and weekly (336) periods, seasonally adjusted series forecast by ETS
#   tbats       TBATS with periods 48 and 336, fitted on the last 8 weeks before the origin (a whole year
#               takes too long per origin on one core)
#   ets-daily   ets() of the daily totals (frequency 7; ets refuses periods over 24) times the mean
#               intraday share of the same weekday over the last 6 weeks
# WAPE = sum|F - A| / sum A over all origins (metrics.md section 7, measure 6), at 30 minutes and per day.
suppressPackageStartupMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) stop("usage: forecast-compare.R HISTORY.csv TEST_START [NAME [MODELS]]")
name <- if (length(args) >= 3) args[3] else basename(args[1])
raw <- read.csv(args[1], stringsAsFactors = FALSE)
stamp <- as.POSIXct(raw$timestamp, format = "%Y-%m-%dT%H:%M", tz = "UTC")
slot <- as.POSIXct(floor(as.numeric(stamp) / 1800) * 1800, origin = "1970-01-01", tz = "UTC")
agg <- aggregate(raw$volume, by = list(slot = slot), FUN = sum)
agg <- agg[order(agg$slot), ]
y <- agg$x
start <- as.POSIXct(paste0(args[2], " 00:00"), tz = "UTC")
day_of <- as.Date(agg$slot)
ppd <- 48
week <- 7 * ppd
horizon <- 7 * ppd

wape <- function(f, a) sum(abs(f - a)) / sum(a)

models <- list(
  snaive = function(train, h) {
    n <- length(train)
    train[n - week + ((seq_len(h) - 1) %% week) + 1]
  },
  stlf = function(train, h) {
    as.numeric(stlf(ts(train, frequency = week), h = h)$mean)
  },
  mstl = function(train, h) {
    as.numeric(forecast(mstl(msts(train, seasonal.periods = c(ppd, week))), h = h)$mean)
  },
  `ets-daily` = function(train, h) {
    days <- length(train) %/% ppd
    totals <- colSums(matrix(train[seq_len(days * ppd)], nrow = ppd))
    fit <- ets(ts(totals, frequency = 7))
    daily <- pmax(0, as.numeric(forecast(fit, h = h %/% ppd + 1)$mean))
    shares <- matrix(0, nrow = ppd, ncol = 7)
    for (k in 1:7) {
      same <- seq(days - 7 + k, 1, by = -7)[1:6]
      block <- matrix(train[as.vector(sapply(same, function(d) ((d - 1) * ppd + 1):(d * ppd)))], nrow = ppd)
      shares[, k] <- rowSums(block) / max(sum(block), 1e-9)
    }
    out <- numeric(h)
    for (i in seq_len(h)) {
      d <- (i - 1) %/% ppd + 1
      out[i] <- daily[d] * shares[(i - 1) %% ppd + 1, (d - 1) %% 7 + 1]
    }
    out
  },
  tbats = function(train, h) {
    recent <- tail(train, 8 * week)
    fit <- tbats(msts(recent, seasonal.periods = c(ppd, week)), use.parallel = FALSE)
    as.numeric(forecast(fit, h = h)$mean)
  }
)

cat("series method wape30min wapeDay seconds\n")
first <- which(agg$slot == start)
if (length(first) != 1) stop("test start not found in the data: ", args[2])
chosen <- if (length(args) >= 4) strsplit(args[4], ",")[[1]] else names(models)
for (m in chosen) {
  fc <- c()
  ac <- c()
  days <- c()
  elapsed <- system.time({
    origin <- first
    while (origin <= length(y)) {
      h <- min(horizon, length(y) - origin + 1)
      f <- pmax(0, models[[m]](y[1:(origin - 1)], h))
      fc <- c(fc, f)
      ac <- c(ac, y[origin:(origin + h - 1)])
      days <- c(days, as.character(day_of[origin:(origin + h - 1)]))
      origin <- origin + horizon
    }
  })[["elapsed"]]
  fd <- tapply(fc, days, sum)
  ad <- tapply(ac, days, sum)
  cat(sprintf("%s %s %.4f %.4f %.0f\n", name, m, wape(fc, ac), wape(fd, ad), elapsed))
}
