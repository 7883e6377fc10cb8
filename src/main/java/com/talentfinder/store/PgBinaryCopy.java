package com.talentfinder.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One {@code COPY table FROM STDIN (FORMAT binary)} into PostgreSQL through the driver's {@code CopyManager}
 * (the driver is a runtime dependency, so it is called by name, as {@link PgChangeListener} does). Rows are
 * encoded in PostgreSQL's binary copy format: every value is its length and its bytes, so text needs no escaping
 * at all (quotes, tabs, newlines, backslashes and any Unicode go as they are). The one exception is U+0000, which
 * no PostgreSQL text can hold: it is dropped. Package-private plumbing of {@link ShortlistCopy}.
 */
final class PgBinaryCopy implements AutoCloseable {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, // flags
        0, 0, 0, 0}; // header extension length
    private static final int FLUSH_AT = 256 * 1024;

    private final Object copyIn;
    private final Method write;
    private final Method end;
    private final Method cancel;
    private final Method active;
    private byte[] buf = new byte[FLUSH_AT + 64 * 1024];
    private int len;
    private long rows;

    private PgBinaryCopy(Object copyIn) throws ReflectiveOperationException {
        this.copyIn = copyIn;
        Class<?> type = Class.forName("org.postgresql.copy.CopyIn");
        Class<?> op = Class.forName("org.postgresql.copy.CopyOperation");
        this.write = type.getMethod("writeToCopy", byte[].class, int.class, int.class);
        this.end = type.getMethod("endCopy");
        this.cancel = op.getMethod("cancelCopy");
        this.active = op.getMethod("isActive");
    }

    /** Starts {@code COPY table(columns) FROM STDIN (FORMAT binary)}; {@code sql} names table and columns only. */
    static PgBinaryCopy start(Connection c, String tableAndColumns) throws SQLException {
        Object copyIn = call(() -> {
            Class<?> pg = Class.forName("org.postgresql.PGConnection");
            Object manager = pg.getMethod("getCopyAPI").invoke(c.unwrap(pg));
            return manager.getClass().getMethod("copyIn", String.class)
                    .invoke(manager, "COPY " + tableAndColumns + " FROM STDIN (FORMAT binary)");
        });
        PgBinaryCopy copy = call(() -> new PgBinaryCopy(copyIn));
        copy.put(HEADER, 0, HEADER.length);
        return copy;
    }

    /** Begins a row of {@code fields} values (then exactly that many value calls). */
    void row(int fields) throws SQLException {
        room(2);
        buf[len++] = (byte) (fields >>> 8);
        buf[len++] = (byte) fields;
        rows++;
    }

    void text(String s) throws SQLException {
        if (s == null) {
            nul();
            return;
        }
        String clean = s.indexOf('\u0000') < 0 ? s : s.replace("\u0000", "");
        bytes(clean.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(byte[] b) throws SQLException {
        if (b == null) {
            nul();
            return;
        }
        int4raw(b.length);
        put(b, 0, b.length);
    }

    void int8(long v) throws SQLException {
        int4raw(8);
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[len++] = (byte) (v >>> shift);
        }
    }

    void int4(Integer v) throws SQLException {
        if (v == null) {
            nul();
            return;
        }
        int4raw(4);
        int4raw(v);
    }

    void float8(Double v) throws SQLException {
        if (v == null) {
            nul();
            return;
        }
        long bits = Double.doubleToLongBits(v);
        int4raw(8);
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[len++] = (byte) (bits >>> shift);
        }
    }

    private void nul() throws SQLException {
        int4raw(-1);
    }

    private void int4raw(int v) throws SQLException {
        room(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void put(byte[] b, int off, int n) throws SQLException {
        if (n > buf.length - len) {
            flush();
            if (n > buf.length) {
                call(() -> write.invoke(copyIn, b, off, n));
                return;
            }
        }
        System.arraycopy(b, off, buf, len, n);
        len += n;
        if (len >= FLUSH_AT) {
            flush();
        }
    }

    private void room(int n) throws SQLException {
        if (buf.length - len < n) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (len > 0) {
            byte[] b = buf;
            int n = len;
            call(() -> write.invoke(copyIn, b, 0, n));
            len = 0;
        }
    }

    /** Ends the copy (trailer, flush); returns the rows the server took. */
    long finish() throws SQLException {
        room(2);
        buf[len++] = (byte) 0xff; // file trailer: a field count of -1
        buf[len++] = (byte) 0xff;
        flush();
        Object n = call(() -> end.invoke(copyIn));
        return (Long) n;
    }

    long rows() {
        return rows;
    }

    /** Abandons a copy still under way (a failure or a cancel): the connection is usable again to roll back. */
    @Override
    public void close() {
        try {
            if ((Boolean) active.invoke(copyIn)) {
                cancel.invoke(copyIn);
            }
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // the transaction is rolled back next; a broken connection is not reused
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T call(Call<T> call) throws SQLException {
        try {
            return call.run();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("COPY to the team database failed", "08006", e.getCause());
        } catch (SQLException e) {
            throw e;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The PostgreSQL driver is missing", e);
        } catch (Exception e) {
            throw new SQLException("COPY to the team database failed", e);
        }
    }
}
