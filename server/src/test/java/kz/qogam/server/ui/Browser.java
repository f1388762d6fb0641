package kz.qogam.server.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through chromedriver, both from Debian's packages ({@code chromium},
 * {@code chromium-driver}; {@code .ci/run} installs them). Set {@code QOGAM_CHROMIUM} and
 * {@code QOGAM_CHROMEDRIVER} to use others. Screenshots go to {@code target/screenshots/}.
 */
record Browser(ChromeDriver driver, WebDriverWait waiter) implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Browser start() {
        File chromium = executable("QOGAM_CHROMIUM", "/usr/bin/chromium");
        File chromedriver = executable("QOGAM_CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=ru");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        return new Browser(driver, new WebDriverWait(driver, Duration.ofSeconds(20)));
    }

    private static File executable(String env, String fallback) {
        String path = System.getenv().getOrDefault(env, fallback);
        File f = new File(path);
        if (!f.canExecute()) {
            throw new IllegalStateException(path + " is missing: the browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver, as .ci/run does), or " + env + " pointing at one");
        }
        return f;
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, for a reviewer. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
