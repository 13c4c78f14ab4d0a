package app.limber.system.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.function.BooleanSupplier;

/**
 * Keeps the body in memory instead of sending it, when the answer may be worth caching: decided at the first
 * write, once the handler has said whether its page is cacheable. Anything else streams straight through, so a
 * large file or a page that is never cached costs nothing extra.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final BooleanSupplier worthKeeping;
    private ByteArrayOutputStream buffer;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean decided;

    CapturingResponse(HttpServletResponse response, BooleanSupplier worthKeeping) {
        super(response);
        this.worthKeeping = worthKeeping;
    }

    /** Whether the body was kept (then {@link #body()} holds it and nothing has been sent yet). */
    boolean captured() {
        return buffer != null;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    private boolean capture() {
        if (!decided) {
            decided = true;
            if (worthKeeping.getAsBoolean()) {
                buffer = new ByteArrayOutputStream(16 * 1024);
            }
        }
        return buffer != null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!capture()) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a kept page is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!capture()) {
            return super.getWriter();
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(buffer, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    /** A kept body is sent whole at the end; flushing it early would commit the headers too soon. */
    @Override
    public void flushBuffer() throws IOException {
        if (buffer == null) {
            super.flushBuffer();
        } else if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        discardKept();
    }

    @Override
    public void reset() {
        super.reset();
        discardKept();
    }

    private void discardKept() {
        if (buffer != null) {
            if (writer != null) {
                writer.flush();
            }
            buffer.reset();
        }
    }
}
