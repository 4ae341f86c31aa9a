package de.regiograph.explorer;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The explorer page for coordinators: a static page ({@code static/explorer/}) that speaks only
 * to the public GraphQL endpoint. Served at {@code /explorer}; the root redirects there.
 */
@Configuration
class ExplorerPage implements WebMvcConfigurer {

    static final String PATH = "/explorer";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", PATH);
        registry.addViewController(PATH).setViewName("forward:" + PATH + "/index.html");
        registry.addViewController(PATH + "/").setViewName("forward:" + PATH + "/index.html");
    }
}
