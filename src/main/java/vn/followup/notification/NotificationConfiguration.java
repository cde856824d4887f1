package vn.followup.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Binds {@code followup.mail.*} and runs the sender and the digest on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
@EnableScheduling
class NotificationConfiguration {
}
