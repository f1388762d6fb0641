package kz.qogam.server.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Paths of files inside WebJars, served by Javalin under {@code /webjars/}. The version is read
 * from the WebJar's own {@code pom.properties}, so a version bump in the pom needs no code change.
 */
public final class WebJars {
    private WebJars() {}

    /** {@code /webjars/{artifact}/{version}/{file}} for a WebJar on the classpath. */
    public static String path(String groupId, String artifactId, String file) {
        return "/webjars/" + artifactId + "/" + version(groupId, artifactId) + "/" + file;
    }

    static String version(String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = WebJars.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("WebJar " + groupId + ":" + artifactId + " is not on the classpath");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
