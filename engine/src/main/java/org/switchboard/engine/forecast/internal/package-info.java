/**
 * The forecasting methods and their machinery, private to the forecast capability: volumes as arrays of doubles
 * (NaN = not to be learnt from), one class per method implementing {@link
 * org.switchboard.engine.forecast.internal.VolumeModel}, the rolling-origin back-test, the closed-interval rule, the
 * prediction intervals and the AHT profile.
 */
@NullMarked
package org.switchboard.engine.forecast.internal;

import org.jspecify.annotations.NullMarked;
