package com.stillpoint.localstack.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Checks on local TCP ports, so a clash is reported as a clash and not as a server that never came up. */
public final class TcpPorts {

    private static final int CONNECT_TIMEOUT_MILLIS = 250;

    private TcpPorts() {
    }

    /** Whether something listens on {@code host:port} right now. */
    public static boolean isAcceptingConnections(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails if something already listens on {@code host:port}, typically a local stack that is still running or a
     * child process that outlived a crashed launcher.
     *
     * @param user what wants the port, for the message
     */
    public static void requireFree(String host, int port, String user) {
        if (isAcceptingConnections(host, port)) {
            throw new IllegalStateException("Port " + port + " on " + host + " is already in use, but " + user
                    + " needs it. Is another local stack still running? Find the process with: ss -ltnp 'sport = :"
                    + port + "'");
        }
    }
}
